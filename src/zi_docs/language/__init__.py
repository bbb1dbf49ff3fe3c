"""Knowledge of the Indonesian language and of Indonesian places: numbers as decrees
write them (diktum ordinals, Roman numerals), the region gazetteer, the dictionary,
and how a person's name is compared."""
