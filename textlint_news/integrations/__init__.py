"""Steps for other data-processing frameworks, each an optional extra (``spark``, ``datatrove``)."""
