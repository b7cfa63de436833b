ALTER TABLE "audit_events" ADD COLUMN "reverted_by_name" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "reverted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "reverted_by" uuid;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "client_address" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;