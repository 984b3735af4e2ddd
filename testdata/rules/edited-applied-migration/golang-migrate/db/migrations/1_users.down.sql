-- down files are never locked: editing one is not reported
DROP TABLE users;
