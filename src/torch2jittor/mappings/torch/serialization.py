"""torch.save / torch.load (torch/serialization.py): save pickles Vars as numpy arrays (a whole
model too); load reads that back, or a file PyTorch's torch.save wrote (its zip format, read
without torch). load unpickles any class, as torch.load(weights_only=False): the allow-lists of
weights_only loading have nothing to widen."""
from ..schema import helper

ENTRIES = {
    "torch.save": helper(
        "obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True, "
        "_disable_byteorder_record=False", "save"),
    "torch.load": helper("f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, "
                         "**pickle_load_args", "load"),
    "torch.serialization.safe_globals": helper("safe_globals", "serialization_safe_globals"),
    "torch.serialization.add_safe_globals": helper("safe_globals", "serialization_add_safe_globals"),
}

ALIASES = {
    "torch.serialization.save": "torch.save",
    "torch.serialization.load": "torch.load",
}
