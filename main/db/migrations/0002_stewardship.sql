CREATE TABLE `attendance` (
	`session_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	PRIMARY KEY(`session_id`, `person_id`),
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attendance_person` ON `attendance` (`person_id`,`status`);--> statement-breakpoint
CREATE TABLE `collection_boxes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`label` text NOT NULL,
	`status` text DEFAULT 'in_use' NOT NULL,
	`last_counted_on` text,
	`last_amount_minor` integer,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "collection_boxes_amount" CHECK("collection_boxes"."last_amount_minor" IS NULL OR "collection_boxes"."last_amount_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collection_boxes_label` ON `collection_boxes` (`group_id`,`label`);--> statement-breakpoint
CREATE INDEX `collection_boxes_status` ON `collection_boxes` (`status`,`last_counted_on`);--> statement-breakpoint
CREATE TABLE `finance_years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`year` integer NOT NULL,
	`cash_book_received_on` text,
	`annual_report_received_on` text,
	`activity_report_received_on` text,
	`auditor_person_id` integer,
	`auditor_name` text,
	`auditor_contact` text,
	`auditor_override_reason` text,
	`audit_status` text DEFAULT 'not_assigned' NOT NULL,
	`audit_assigned_on` text,
	`audit_decided_on` text,
	`audit_remarks` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`auditor_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finance_years_group_year` ON `finance_years` (`group_id`,`year`);--> statement-breakpoint
CREATE INDEX `finance_years_year` ON `finance_years` (`year`,`audit_status`);--> statement-breakpoint
CREATE TABLE `handover_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handover_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`done_on` text,
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `handover_items_handover` ON `handover_items` (`handover_id`,`position`);--> statement-breakpoint
CREATE TABLE `handover_template_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` integer,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `handover_template_items_role` ON `handover_template_items` (`role_id`,`position`);--> statement-breakpoint
CREATE TABLE `role_required_trainings` (
	`role_id` integer NOT NULL,
	`training_type_id` integer NOT NULL,
	`within_months` integer DEFAULT 6 NOT NULL,
	PRIMARY KEY(`role_id`, `training_type_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`training_type_id`) REFERENCES `training_types`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`training_type_id` integer NOT NULL,
	`date` text NOT NULL,
	`place` text,
	`online` integer DEFAULT false NOT NULL,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`training_type_id`) REFERENCES `training_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_sessions_type_date` ON `training_sessions` (`training_type_id`,`date`);--> statement-breakpoint
CREATE TABLE `training_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name_nb` text NOT NULL,
	`name_sv` text NOT NULL,
	`name_en` text NOT NULL,
	`validity_months` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_types_key` ON `training_types` (`key`);--> statement-breakpoint
ALTER TABLE `settings` ADD `box_stale_months` integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE `handovers` ADD `manual` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `role_terms` ADD `start_kind` text DEFAULT 'elected' NOT NULL;--> statement-breakpoint
ALTER TABLE `role_terms` ADD `note` text;