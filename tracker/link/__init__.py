"""Linking new reports to stored ones: the same event told again (corroboration), a claim
repeated, updated, contradicted or supported. Pure scoring; the store applies the decisions."""
