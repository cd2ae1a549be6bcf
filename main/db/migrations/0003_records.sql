CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`action` text NOT NULL,
	`changes` text DEFAULT '{}' NOT NULL,
	`group_id` integer,
	`person_ids` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_entity` ON `change_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `change_log_group` ON `change_log` (`group_id`,`id`);--> statement-breakpoint
ALTER TABLE `settings` ADD `backup_keep` integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `retention_years` integer DEFAULT 3 NOT NULL;