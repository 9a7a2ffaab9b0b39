# Helper for circular "from ... import name" failures: circ_c is partially initialised here.
try:
    from _mods.circ_c import C_NAME
except ImportError as e:
    msg = str(e)
    error = type(e).__name__ + ": " + msg[:msg.rfind(" (")]
D_NAME = "d"
