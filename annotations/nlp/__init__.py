"""Language processing: sentences, entities and claims (speaker, cue) from article text.

``engines`` (the registry of engines), ``extract`` (the engines: built-in rules
and spaCy), ``pipeline`` (analysing a set of articles: one result, cached),
``claims`` (who said what), ``sentences`` (news sentence splitting),
``lexicon`` (every word list, as data, and the one tokenizer), ``analyze``
(the JSON payload, a plain-text table and gold scoring of analyses), ``textnav``
(the word, sentence and paragraph stops the reader moves between).
"""
