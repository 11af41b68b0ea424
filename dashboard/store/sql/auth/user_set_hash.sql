-- purpose: replace an account's password hash (new password, or rehash with current parameters)
-- grain:   updates zero or one row
-- params:  $username, $hash
update users set password_hash = $hash where username = $username
