-- purpose: remove one account (its audit rows stay: actor names are plain text)
-- grain:   deletes zero or one row
-- params:  $username
delete from users where username = $username
