"""The schema steps, one function per version. Never edit a released step: add a new one."""

from __future__ import annotations

import sqlite3


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would commit the caller's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


def v1_registry(conn: sqlite3.Connection) -> None:
    """Office settings, departments and the incoming-work registry."""
    _run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE departments (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            short_name TEXT NOT NULL DEFAULT '',
            active     INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE items (
            id                 INTEGER PRIMARY KEY,
            kind               TEXT NOT NULL CHECK (kind IN ('task', 'meeting', 'form')),
            title              TEXT NOT NULL,
            department_id      INTEGER NOT NULL REFERENCES departments(id),
            doc_no             TEXT NOT NULL DEFAULT '',
            received           TEXT NOT NULL,
            due                TEXT,
            urgency            TEXT NOT NULL DEFAULT '平件',
            confidentiality    TEXT NOT NULL DEFAULT '非密',
            status             TEXT NOT NULL DEFAULT '待办',
            status_before_archive TEXT,
            assignee           TEXT NOT NULL DEFAULT '',
            notes              TEXT NOT NULL DEFAULT '',
            meeting_start      TEXT,
            meeting_end        TEXT,
            place              TEXT NOT NULL DEFAULT '',
            meeting_format     TEXT,
            principal_required INTEGER,
            deputy_allowed     INTEGER,
            report_demand      TEXT,
            created_at         TEXT NOT NULL,
            updated_at         TEXT NOT NULL,
            archived_at        TEXT
        );
        CREATE INDEX items_due ON items(due);
        CREATE INDEX items_status ON items(status);
        CREATE INDEX items_department ON items(department_id);
        """,
    )


def v2_attachments_and_search(conn: sqlite3.Connection) -> None:
    """Original files kept by content hash, and full-text search over title, 文号 and notes."""
    _run_script(
        conn,
        """
        CREATE TABLE attachments (
            id            INTEGER PRIMARY KEY,
            item_id       INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            sha256        TEXT NOT NULL,
            original_name TEXT NOT NULL,
            size          INTEGER NOT NULL,
            added_at      TEXT NOT NULL,
            UNIQUE (item_id, sha256)
        );
        CREATE INDEX attachments_sha ON attachments(sha256);

        -- trigram tokenizer: Chinese has no spaces, so match any 3+ character substring.
        CREATE VIRTUAL TABLE items_fts USING fts5(
            title, doc_no, notes, content='items', content_rowid='id', tokenize='trigram'
        );
        INSERT INTO items_fts(rowid, title, doc_no, notes) SELECT id, title, doc_no, notes FROM items;
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, title, doc_no, notes) VALUES (new.id, new.title, new.doc_no, new.notes);
        END;
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, doc_no, notes)
            VALUES ('delete', old.id, old.title, old.doc_no, old.notes);
        END;
        CREATE TRIGGER items_fts_update AFTER UPDATE OF title, doc_no, notes ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, doc_no, notes)
            VALUES ('delete', old.id, old.title, old.doc_no, old.notes);
            INSERT INTO items_fts(rowid, title, doc_no, notes) VALUES (new.id, new.title, new.doc_no, new.notes);
        END;
        """,
    )


def v3_form_intake(conn: sqlite3.Connection) -> None:
    """Form templates with their layout and column mapping; learned synonyms and custom fields."""
    _run_script(
        conn,
        """
        CREATE TABLE form_templates (
            item_id       INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            sha256        TEXT NOT NULL,
            original_name TEXT NOT NULL,
            sheet         TEXT NOT NULL,
            entity        TEXT NOT NULL,
            title         TEXT NOT NULL DEFAULT '',
            layout_json   TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );
        CREATE INDEX form_templates_sha ON form_templates(sha256);
        CREATE TABLE form_columns (
            item_id    INTEGER NOT NULL REFERENCES form_templates(item_id) ON DELETE CASCADE,
            col        INTEGER NOT NULL,
            header     TEXT NOT NULL,
            field_id   TEXT,
            confidence REAL NOT NULL DEFAULT 0,
            source     TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto', 'clerk')),
            PRIMARY KEY (item_id, col)
        );
        CREATE INDEX form_columns_field ON form_columns(field_id);
        CREATE TABLE learned_synonyms (
            id            INTEGER PRIMARY KEY,
            field_id      TEXT NOT NULL,
            synonym       TEXT NOT NULL,
            department_id INTEGER REFERENCES departments(id),
            created_at    TEXT NOT NULL,
            UNIQUE (field_id, synonym)
        );
        CREATE TABLE custom_fields (
            id            TEXT PRIMARY KEY,
            entity        TEXT NOT NULL,
            name_zh       TEXT NOT NULL,
            name_en       TEXT NOT NULL DEFAULT '',
            type          TEXT NOT NULL DEFAULT 'text',
            synonyms      TEXT NOT NULL DEFAULT '',
            department_id INTEGER REFERENCES departments(id),
            created_at    TEXT NOT NULL
        );
        """,
    )


def v4_ledger(conn: sqlite3.Connection) -> None:
    """The ledger (台账): entities, current values in a wide table, provenance records and history.

    Current values live one row per entity with a pair of columns per catalog field (v<slot> value,
    r<slot> the record it came from); slots are added with ALTER TABLE as fields come into use. A wide row
    keeps a 50,000-row import to 50,000 inserts and makes coverage one table scan.
    """
    _run_script(
        conn,
        """
        CREATE TABLE entities (
            id         INTEGER PRIMARY KEY,
            kind       TEXT NOT NULL CHECK (kind IN ('person', 'household', 'village', 'enterprise')),
            key        TEXT,
            raw_key    TEXT NOT NULL DEFAULT '',
            key_status TEXT NOT NULL DEFAULT 'valid' CHECK (key_status IN ('valid', 'invalid', 'missing')),
            label      TEXT NOT NULL DEFAULT '',
            match_key  TEXT,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX entities_key ON entities(kind, key) WHERE key IS NOT NULL;
        CREATE INDEX entities_match ON entities(kind, match_key) WHERE match_key IS NOT NULL;
        CREATE TABLE ledger_imports (
            id            INTEGER PRIMARY KEY,
            item_id       INTEGER REFERENCES items(id) ON DELETE SET NULL,
            department_id INTEGER REFERENCES departments(id),
            file_name     TEXT NOT NULL,
            sha256        TEXT NOT NULL,
            sheet         TEXT NOT NULL DEFAULT '',
            entity_kind   TEXT NOT NULL,
            rows          INTEGER NOT NULL,
            report_json   TEXT NOT NULL,
            entered_by    TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL
        );
        CREATE TABLE ledger_records (
            id          INTEGER PRIMARY KEY,
            entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            import_id   INTEGER REFERENCES ledger_imports(id),
            source_row  INTEGER,
            source      TEXT NOT NULL CHECK (source IN ('import', 'entry', 'resolution')),
            entered_by  TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX ledger_records_entity ON ledger_records(entity_id);
        CREATE TABLE ledger_slots (
            field_id TEXT PRIMARY KEY,
            slot     INTEGER NOT NULL UNIQUE
        );
        CREATE TABLE ledger_current (
            entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE
        );
        CREATE TABLE ledger_history (
            id          INTEGER PRIMARY KEY,
            entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            field_id    TEXT NOT NULL,
            value       TEXT,
            record_id   INTEGER REFERENCES ledger_records(id),
            replaced_by INTEGER REFERENCES ledger_records(id),
            replaced_at TEXT NOT NULL
        );
        CREATE INDEX ledger_history_entity ON ledger_history(entity_id, field_id);
        CREATE TABLE ledger_conflicts (
            id          INTEGER PRIMARY KEY,
            import_id   INTEGER REFERENCES ledger_imports(id),
            entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            field_id    TEXT NOT NULL,
            values_json TEXT NOT NULL,
            status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
            resolved_value TEXT,
            created_at  TEXT NOT NULL,
            resolved_at TEXT
        );
        CREATE INDEX ledger_conflicts_open ON ledger_conflicts(status);
        """,
    )


def v5_ledger_row_record(conn: sqlite3.Connection) -> None:
    """ledger_current.rec: the record behind every value of the row whose own r<slot> is NULL.

    An import writes one record per entity, so the row names it once instead of in every r<slot>;
    a value's record is COALESCE(r<slot>, rec) while v<slot> holds a value (storage.ledger.record_of).
    Rows written before this step have rec NULL and every r<slot> filled, and read as before.
    """
    conn.execute("ALTER TABLE ledger_current ADD COLUMN rec INTEGER")


def v6_cycles_and_packages(conn: sqlite3.Connection) -> None:
    """Reporting cycles and the history of built submission packages.

    items.cycle: the cycle a clerk assigned by hand (NULL = by due date). cycles: named ad-hoc cycles
    and their display titles (monthly/quarterly/yearly cycles exist without a row). packages: every
    version built, never deleted, so a rebuilt cycle keeps its earlier versions.
    """
    _run_script(
        conn,
        """
        ALTER TABLE items ADD COLUMN cycle TEXT;
        CREATE INDEX items_cycle ON items(cycle) WHERE cycle IS NOT NULL;
        CREATE TABLE cycles (
            key        TEXT PRIMARY KEY,
            kind       TEXT NOT NULL CHECK (kind IN ('month', 'quarter', 'year', 'named')),
            title      TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE packages (
            id          INTEGER PRIMARY KEY,
            cycle       TEXT NOT NULL,
            version     INTEGER NOT NULL,
            path        TEXT NOT NULL,
            sha256      TEXT NOT NULL,
            size        INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            forms       INTEGER NOT NULL,
            rows        INTEGER NOT NULL,
            built_at    TEXT NOT NULL,
            built_by    TEXT NOT NULL DEFAULT '',
            UNIQUE (cycle, version)
        );
        """,
    )


def v7_progress_reports(conn: sqlite3.Connection) -> None:
    """办理进展: dated progress reports on a task (or any item), as bureaus ask for 周报/月报."""
    _run_script(
        conn,
        """
        CREATE TABLE item_progress (
            id          INTEGER PRIMARY KEY,
            item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            reported_on TEXT NOT NULL,
            text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
            created_at  TEXT NOT NULL
        );
        CREATE INDEX item_progress_item ON item_progress(item_id, reported_on);
        """,
    )


def v8_registry_order_index(conn: sqlite3.Connection) -> None:
    """The registry's default order (due date, undated last, then id) read from an index: a page of a
    15,000-item office without sorting the whole table (25 ms → 2 ms on the main thread)."""
    _run_script(conn, "CREATE INDEX items_due_order ON items(COALESCE(due, '9999'), id);")


def v9_cycle_submissions(conn: sqlite3.Connection) -> None:
    """已报送: which built version of a cycle's package went out (copied to a drive, or marked by the clerk)
    and when. One row per version sent, never deleted; a cycle's submission is its highest version sent."""
    _run_script(
        conn,
        """
        CREATE TABLE cycle_submissions (
            id           INTEGER PRIMARY KEY,
            cycle        TEXT NOT NULL,
            version      INTEGER NOT NULL,
            submitted_at TEXT NOT NULL,
            how          TEXT NOT NULL CHECK (how IN ('drive', 'clerk')),
            UNIQUE (cycle, version)
        );
        """,
    )


def v10_county_exchange(conn: sqlite3.Connection) -> None:
    """County mode and the exchange on USB drives (issue 13).

    Both sides: whitelist_forms is the county's 报表目录/准入清单 (kept at the county, copied to each township by
    the configuration package); items.whitelist_form links a registered form to the entry it answers.
    County side: county_townships (the townships and their trusted signing keys), county_packages (every
    package version received, never deleted: a newer version supersedes, the older stays in history),
    county_forms and county_rows (each form of a package and its rows, one JSON array per row aligned with
    the form's field ids — one insert per row keeps importing 40 townships close to a bare executemany).
    """
    _run_script(
        conn,
        """
        CREATE TABLE whitelist_forms (
            form_no       TEXT PRIMARY KEY,
            title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
            department    TEXT NOT NULL,
            issuer        TEXT NOT NULL DEFAULT '',
            approval_no   TEXT NOT NULL DEFAULT '',
            valid_from    TEXT,
            valid_until   TEXT,
            frequency     TEXT NOT NULL DEFAULT '',
            due_rule      TEXT NOT NULL DEFAULT '',
            template_sha  TEXT,
            template_name TEXT,
            updated_at    TEXT NOT NULL
        );
        ALTER TABLE items ADD COLUMN whitelist_form TEXT;
        CREATE TABLE county_townships (
            code            TEXT PRIMARY KEY,
            name            TEXT NOT NULL,
            signing_key     TEXT,
            key_fingerprint TEXT,
            trusted_at      TEXT,
            added_at        TEXT NOT NULL
        );
        CREATE TABLE county_packages (
            id                 INTEGER PRIMARY KEY,
            office_code        TEXT NOT NULL,
            office_name        TEXT NOT NULL,
            cycle              TEXT NOT NULL,
            version            INTEGER NOT NULL,
            sha256             TEXT NOT NULL UNIQUE,
            size               INTEGER NOT NULL,
            fingerprint        TEXT NOT NULL,
            signer_fingerprint TEXT NOT NULL,
            created            TEXT NOT NULL,
            imported_at        TEXT NOT NULL,
            blob_sha           TEXT NOT NULL,
            manifest           TEXT NOT NULL,
            superseded_by      INTEGER REFERENCES county_packages(id),
            UNIQUE (office_code, cycle, version)
        );
        CREATE INDEX county_packages_cycle ON county_packages(cycle, office_code);
        CREATE TABLE county_forms (
            id             INTEGER PRIMARY KEY,
            package_id     INTEGER NOT NULL REFERENCES county_packages(id) ON DELETE CASCADE,
            item_key       TEXT NOT NULL,
            department     TEXT NOT NULL,
            title          TEXT NOT NULL,
            entity         TEXT,
            field_ids      TEXT NOT NULL,
            rows           INTEGER NOT NULL,
            xlsx           TEXT,
            whitelist_form TEXT
        );
        CREATE INDEX county_forms_package ON county_forms(package_id);
        CREATE TABLE county_rows (
            form_id INTEGER NOT NULL REFERENCES county_forms(id) ON DELETE CASCADE,
            row_no  INTEGER NOT NULL,
            cells   TEXT NOT NULL,
            PRIMARY KEY (form_id, row_no)
        ) WITHOUT ROWID;
        """,
    )


def v11_accounts_and_audit(conn: sqlite3.Connection) -> None:
    """Nobody in (issue 15): clerk accounts with roles, a reviewer's sign-off of a cycle's package version, and
    the append-only audit log whose entries each carry the hash of the previous one (a chain that `check`
    verifies); triggers refuse UPDATE and DELETE on it so that only a deliberate attack — which the chain then
    shows — can change it."""
    _run_script(
        conn,
        """
        CREATE TABLE users (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            role          TEXT NOT NULL CHECK (role IN ('填报员', '审核人', '管理员')),
            password_hash TEXT,
            created_at    TEXT NOT NULL,
            disabled_at   TEXT
        );
        CREATE TABLE cycle_reviews (
            id          INTEGER PRIMARY KEY,
            cycle       TEXT NOT NULL,
            version     INTEGER NOT NULL,
            prepared_by TEXT NOT NULL DEFAULT '',
            reviewer    TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL DEFAULT '',
            UNIQUE (cycle, version)
        );
        CREATE TABLE audit_log (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            who       TEXT NOT NULL DEFAULT '',
            action    TEXT NOT NULL,
            detail    TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL UNIQUE
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,
    )


STEPS = [
    v1_registry,
    v2_attachments_and_search,
    v3_form_intake,
    v4_ledger,
    v5_ledger_row_record,
    v6_cycles_and_packages,
    v7_progress_reports,
    v8_registry_order_index,
    v9_cycle_submissions,
    v10_county_exchange,
    v11_accounts_and_audit,
]
