CREATE TABLE `handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`from_person_id` integer,
	`to_person_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`status_reason` text,
	`completed_on` text,
	`notes` text,
	`source_contest_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `handovers_group` ON `handovers` (`group_id`,`status`);--> statement-breakpoint
CREATE INDEX `handovers_status` ON `handovers` (`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `role_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`end_reason` text,
	`source_contest_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "role_terms_period" CHECK("role_terms"."to_date" IS NULL OR "role_terms"."to_date" >= "role_terms"."from_date")
);
--> statement-breakpoint
CREATE INDEX `role_terms_holder` ON `role_terms` (`group_id`,`role_id`,`to_date`);--> statement-breakpoint
CREATE INDEX `role_terms_person` ON `role_terms` (`person_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name_nb` text NOT NULL,
	`name_sv` text NOT NULL,
	`name_en` text NOT NULL,
	`requirement` text NOT NULL,
	`selection` text NOT NULL,
	`election_order` integer NOT NULL,
	`seats` integer DEFAULT 1 NOT NULL,
	`combinable` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "roles_seats" CHECK("roles"."seats" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_key_unique` ON `roles` (`key`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contest_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`position` integer NOT NULL,
	`withdrawn` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidates_once` ON `candidates` (`contest_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `candidates_person` ON `candidates` (`person_id`);--> statement-breakpoint
CREATE TABLE `contests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`position` integer NOT NULL,
	`seats` integer DEFAULT 1 NOT NULL,
	`method` text DEFAULT 'open' NOT NULL,
	`rule` text NOT NULL,
	`base` text NOT NULL,
	`further` text NOT NULL,
	`lone_candidate_needs_vote` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`settlements` text,
	`effects` text,
	`confirmed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contests_seats" CHECK("contests"."seats" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contests_role_once` ON `contests` (`election_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `contests_role` ON `contests` (`role_id`);--> statement-breakpoint
CREATE TABLE `election_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` integer NOT NULL,
	`from_state` text NOT NULL,
	`to_state` text NOT NULL,
	`on_date` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `election_events_election` ON `election_events` (`election_id`);--> statement-breakpoint
CREATE TABLE `elections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`season` integer NOT NULL,
	`kind` text DEFAULT 'regular' NOT NULL,
	`state` text DEFAULT 'not_planned' NOT NULL,
	`meeting_at` text,
	`platform` text,
	`place` text,
	`notice_channel` text,
	`candidacy_deadline` text,
	`planned_on` text,
	`notice_sent_on` text,
	`held_on` text,
	`reported_on` text,
	`minutes_filed_on` text,
	`chair_id` integer,
	`minute_taker_id` integer,
	`approver1_id` integer,
	`approver2_id` integer,
	`voters_present` integer,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`season`) REFERENCES `seasons`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chair_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`minute_taker_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`approver1_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`approver2_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "elections_voters" CHECK("elections"."voters_present" IS NULL OR "elections"."voters_present" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `elections_one_regular_per_season` ON `elections` (`group_id`,`season`) WHERE "elections"."kind" = 'regular';--> statement-breakpoint
CREATE INDEX `elections_season_state` ON `elections` (`season`,`state`);--> statement-breakpoint
CREATE TABLE `round_votes` (
	`round_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`votes` integer NOT NULL,
	PRIMARY KEY(`round_id`, `candidate_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "round_votes_nonnegative" CHECK("round_votes"."votes" >= 0)
);
--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contest_id` integer NOT NULL,
	`number` integer NOT NULL,
	`kind` text DEFAULT 'votes' NOT NULL,
	`yes` integer,
	`no` integer,
	`ballots_cast` integer,
	`blank` integer DEFAULT 0 NOT NULL,
	`invalid` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_number` ON `rounds` (`contest_id`,`number`);--> statement-breakpoint
CREATE TABLE `seasons` (
	`year` integer PRIMARY KEY NOT NULL,
	`window_start` text NOT NULL,
	`window_end` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `settings` ADD `window_start` text DEFAULT '01-01' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `window_end` text DEFAULT '06-30' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `result_overdue_days` integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `notice_min_days` integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `document_language` text;--> statement-breakpoint
ALTER TABLE `settings` ADD `counting_rule` text DEFAULT 'absoluteMajority' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `counting_base` text DEFAULT 'validExcludingBlank' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `counting_further` text DEFAULT 'runoffTopTwo' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `lone_candidate_needs_vote` integer DEFAULT false NOT NULL;