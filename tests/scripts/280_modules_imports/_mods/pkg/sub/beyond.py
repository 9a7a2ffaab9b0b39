# Helper module attempting a relative import beyond the top-level package.
from .... import anything
