"""The endings of Latin form that a binomial's two words take ("Persea americana", "Iris
reticulata"): the casing and repetition rules leave a genus and its epithet alone."""

# a genus: Persea, Cornus, Iris, Ilex, Daphne
GENUS_ENDINGS = "a|us|um|is|ex|ix|e"
# an epithet: americana, florida, sinensis, vulgaris, officinalis, alba, beringei
EPITHET_ENDINGS = "a|ae|us|um|is|i"
