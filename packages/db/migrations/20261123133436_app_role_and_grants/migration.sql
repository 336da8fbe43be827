-- The role the application acts as inside every request's transaction (SET LOCAL ROLE samlad_app).
-- It is neither the tables' owner nor a superuser, so grants (and later row-level security) bind it.
-- Roles are cluster-wide: create it once, tolerating concurrent migrations of other databases.
DO $$
BEGIN
  CREATE ROLE samlad_app NOLOGIN NOSUPERUSER NOINHERIT NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT samlad_app TO %I', current_user);
EXCEPTION WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO samlad_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO samlad_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO samlad_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samlad_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO samlad_app;
--> statement-breakpoint
-- The audit trail is append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM samlad_app;
--> statement-breakpoint
-- Reference data changes only through migrations.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON county, municipality FROM samlad_app;
