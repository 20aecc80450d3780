"""torch2jittor: convert PyTorch model code to Jittor, keeping comments and formatting.

    from torch2jittor import convert, pjmap, pjmap_append
"""
from .api import convert, convert_source, write_helper_module, write_torchvision_models
from .diagnostics import ConversionError, ConversionResult, Diagnostic
from .mapping import load_mapping_file, pjmap, pjmap_append

__all__ = [
    "convert", "convert_source", "write_helper_module", "write_torchvision_models", "pjmap", "pjmap_append",
    "load_mapping_file",
    "ConversionError", "ConversionResult", "Diagnostic",
]
__version__ = "0.1.0"
