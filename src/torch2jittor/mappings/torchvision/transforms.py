"""torchvision.transforms (and transforms.v2, whose calls are the same for these) -> the helper
module's transforms: torchvision's code paths, PIL doing the work on PIL images, Jittor Vars where
torchvision gives tensors. jittor.transform is not a target: its ToTensor returns numpy, its
Resize(int) squares the image and its RandomCrop has no padding. The interpolation modes also name
the preprocessing of pretrained weights (their `transforms`)."""
from ..schema import helper

_SIGNATURES = {
    "Compose": "transforms",
    "ToTensor": "",
    "PILToTensor": "",
    "ToPILImage": "mode=None",
    "ConvertImageDtype": "dtype",
    "Normalize": "mean, std, inplace=False",
    "Resize": "size, interpolation=InterpolationMode.BILINEAR, max_size=None, antialias=True",
    "CenterCrop": "size",
    "Pad": "padding, fill=0, padding_mode='constant'",
    "Lambda": "lambd",
    "RandomCrop": "size, padding=None, pad_if_needed=False, fill=0, padding_mode='constant'",
    "RandomResizedCrop": (
        "size, scale=(0.08, 1.0), ratio=(3.0 / 4.0, 4.0 / 3.0), interpolation=InterpolationMode.BILINEAR, "
        "antialias=True"),
    "RandomHorizontalFlip": "p=0.5",
    "RandomVerticalFlip": "p=0.5",
    "ColorJitter": "brightness=0, contrast=0, saturation=0, hue=0",
    "Grayscale": "num_output_channels=1",
    "RandomRotation": "degrees, interpolation=InterpolationMode.NEAREST, expand=False, center=None, fill=0",
}
# transforms.v2 takes the same arguments for these (its ToTensor is deprecated, the same call) ...
_V2 = ("Compose", "ToTensor", "PILToTensor", "ToPILImage", "Normalize", "Resize", "CenterCrop", "Pad", "Lambda",
       "RandomCrop", "RandomResizedCrop", "RandomHorizontalFlip", "RandomVerticalFlip", "ColorJitter",
       "RandomRotation")
# ... and these, whose arithmetic on tensors differs: v2 scales integers to floats by 1 / max (not
# / max) and weighs grayscale channels with fused multiply-adds. The helpers take `_v2=True` for it.
_V2_ARITHMETIC = {"ConvertImageDtype": "dtype=torch.float32", "Grayscale": "num_output_channels=1"}

ENTRIES = {
    "torchvision.transforms._presets.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms.functional.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms.v2.InterpolationMode": helper("value", "InterpolationMode"),
    "torchvision.transforms._presets.ImageClassification": helper("*, crop_size, resize_size=256, **kwargs",
                                                                  "ImageClassification"),
    **{f"torchvision.transforms.{name}": helper(args, name) for name, args in _SIGNATURES.items()},
    **{f"torchvision.transforms.v2.{name}": helper(_SIGNATURES[name], name) for name in _V2},
    **{f"torchvision.transforms.v2.{name}": helper(args, name, args + ", _v2=False", extras={"_v2": "True"})
       for name, args in _V2_ARITHMETIC.items()},
}
