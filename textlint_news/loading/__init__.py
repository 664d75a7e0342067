"""Reading what to run: YAML rule packs (positions, safe loading), their schema, the config file, rule selection, and the cache of loaded packs."""
