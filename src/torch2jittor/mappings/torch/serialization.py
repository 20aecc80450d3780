"""torch.save / torch.load (torch/serialization.py): save pickles Vars as numpy arrays; load reads
that back, or a file PyTorch's torch.save wrote (its zip format, read without torch)."""
from ..schema import helper

ENTRIES = {
    "torch.save": helper(
        "obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True, "
        "_disable_byteorder_record=False", "save"),
    "torch.load": helper("f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, "
                         "**pickle_load_args", "load"),
}
