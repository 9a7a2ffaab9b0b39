# Helper package that imports nothing eagerly.
marker = "lazy-package"
