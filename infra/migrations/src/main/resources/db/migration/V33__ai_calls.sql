-- Model calls and their cost, owned by platform/ai. Every call through Llm writes one row, a
-- cached answer included (with no tokens): the daily token budgets and the admin usage view read
-- them. account_id is whom the call worked for (null for the platform's own work, such as reading
-- ingested casting calls); an erasure clears it and keeps the figures.
CREATE TABLE ai_calls (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    called_at     timestamptz NOT NULL DEFAULT now(),
    day           date NOT NULL,
    purpose       text NOT NULL,
    account_id    text,
    model         text NOT NULL,
    input_tokens  integer NOT NULL,
    output_tokens integer NOT NULL,
    cost_usd      numeric(14, 6) NOT NULL,
    cached        boolean NOT NULL,
    latency_ms    integer NOT NULL
);
CREATE INDEX ai_calls_day ON ai_calls (day, purpose);
CREATE INDEX ai_calls_account_day ON ai_calls (account_id, day) WHERE account_id IS NOT NULL;

-- Answers to identical prompts (SHA-256 of model, system prompt and prompt), reused until they
-- expire. An answer may hold personal data (a drafted cover note), so it names its account for
-- erasure and is kept a day by default.
CREATE TABLE ai_answers (
    prompt_hash   text PRIMARY KEY,
    account_id    text,
    answer        text NOT NULL,
    expires_at    timestamptz NOT NULL
);
CREATE INDEX ai_answers_account ON ai_answers (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX ai_answers_expiry ON ai_answers (expires_at);
