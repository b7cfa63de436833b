CREATE TABLE "finding_suppressions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"profile" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"owner" text NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"profile" text NOT NULL,
	"job_id" uuid NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventories" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "finding_suppressions_profile_idx" ON "finding_suppressions" USING btree ("profile","expires_at");--> statement-breakpoint
CREATE INDEX "inventory_snapshots_profile_idx" ON "inventory_snapshots" USING btree ("profile","taken_at");