CREATE INDEX `role_terms_current` ON `role_terms` (`role_id`) WHERE "role_terms"."to_date" IS NULL;--> statement-breakpoint
CREATE INDEX `elections_group_season` ON `elections` (`group_id`,`season`);