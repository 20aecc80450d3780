"""torchvision.datasets -> the helper module's datasets, which read the same files torchvision
reads and return the same samples (PIL images, int targets). jittor.dataset's MNIST is not a
target: it loads 3-channel images, and its datasets are loaders too."""
from ..schema import helper

_D = "torchvision.datasets."
_SPLIT = "root, train=True, transform=None, target_transform=None, download=False"

ENTRIES = {
    _D + "VisionDataset": helper(
        "root=None, transforms=None, transform=None, target_transform=None", "VisionDataset"),
    _D + "MNIST": helper(_SPLIT, "MNIST"),
    _D + "FashionMNIST": helper(_SPLIT, "FashionMNIST"),
    _D + "KMNIST": helper(_SPLIT, "KMNIST"),
    _D + "CIFAR10": helper(_SPLIT, "CIFAR10"),
    _D + "CIFAR100": helper(_SPLIT, "CIFAR100"),
    _D + "DatasetFolder": helper(
        "root, loader, extensions=None, transform=None, target_transform=None, is_valid_file=None, "
        "allow_empty=False", "DatasetFolder"),
    _D + "ImageFolder": helper(
        "root, transform=None, target_transform=None, loader=default_loader, is_valid_file=None, "
        "allow_empty=False", "ImageFolder"),
    _D + "FakeData": helper(
        "size=1000, image_size=(3, 224, 224), num_classes=10, transform=None, target_transform=None, "
        "random_offset=0", "FakeData"),
    _D + "folder.default_loader": helper("path", "default_loader"),
    _D + "folder.pil_loader": helper("path", "pil_loader"),
}
