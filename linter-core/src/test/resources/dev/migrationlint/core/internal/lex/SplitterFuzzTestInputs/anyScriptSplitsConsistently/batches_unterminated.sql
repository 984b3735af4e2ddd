CREATE TABLE t (a int);
GO
BEGIN
  EXECUTE IMMEDIATE 'x';
END;
/
SELECT 'unterminated
