"""The demo's banks of made-up words, by what they hold; `text.py` composes notes from them."""
