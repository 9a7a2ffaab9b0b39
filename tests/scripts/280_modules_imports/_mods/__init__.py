# Helper package for the 280_modules_imports golden scripts (not a test itself).
