CREATE TABLE "inventories" (
	"profile" text PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"profile" text NOT NULL,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"error" text,
	"seq" integer DEFAULT 1 NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "inventory_jobs_running_idx" ON "inventory_jobs" USING btree ("profile") WHERE status = 'running';--> statement-breakpoint
CREATE INDEX "inventory_jobs_status_idx" ON "inventory_jobs" USING btree ("status","updated_at");