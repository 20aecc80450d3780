"""torchvision.transforms names that pretrained-weights metadata refers to."""
from ..schema import helper

ENTRIES = {
    # Interpolation modes only name the preprocessing of pretrained weights (their `transforms`).
    "torchvision.transforms._presets.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms.functional.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms._presets.ImageClassification": helper("*, crop_size, resize_size=256, **kwargs",
                                                                  "ImageClassification"),
}
