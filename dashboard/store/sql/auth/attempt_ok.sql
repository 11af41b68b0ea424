-- purpose: mark a reserved login attempt as successful
-- grain:   updates one row
-- params:  $id
update login_attempts set ok = true where attempt_id = $id
