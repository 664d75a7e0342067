"""A check run as a chain of steps over the linted documents: the runner (sources -> results), fixes, baseline, the gate and the report, and the crawl split (--passed/--quarantine/--fixed-output)."""
