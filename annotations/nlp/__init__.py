"""Language processing: sentences, entities and claims (speaker, cue) from article text.

``extract`` (the engines: built-in rules and spaCy, and analysing documents),
``claims`` (who said what), ``sentences`` (news sentence splitting), ``analyze``
(the JSON payload, a plain-text table and gold scoring of analyses), ``textnav``
(the word, sentence and paragraph stops the reader moves between).
"""
