-- The shipped policy's note named a design note that is not part of the product (see RewordedMigrations); the
-- note of a database created before the rewording says the same as a new one.
UPDATE classification_policy
   SET note = 'Shipped defaults'
 WHERE created_by = 'system' AND note LIKE 'Shipped defaults (%)';
