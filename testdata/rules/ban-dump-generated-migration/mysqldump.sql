-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__dump.sql
-- expect: ban-dump-generated-migration
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (`id` bigint NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
LOCK TABLES `users` WRITE;
UNLOCK TABLES;
-- file: V2__versioned_comment_only.sql
CREATE TABLE `orders` (`id` bigint NOT NULL);
-- expect: ban-dump-generated-migration
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
-- file: V3__hand_written.sql
SET lock_wait_timeout = 5;
ALTER TABLE `orders` ADD COLUMN `note` text, ALGORITHM=INSTANT;
