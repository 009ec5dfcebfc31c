"""Records rendered for readers: figures as each language writes them, the facts page,
charts, downloads, the share picture, the key figures and what pages say about editions."""
