"""torchvision's data side (mappings/torchvision/, runtime/jittor_compat/torchvision/): the same
script run with torchvision + torch and, converted, with Jittor alone reads the same generated
files (MNIST idx files, CIFAR pickles, image folders) and gives the same samples, transform
outputs, grids and DataLoader batches: value, shape and dtype, exactly (PIL does the resampling
on both sides). Random transforms are compared with their parameters forced (p=1.0, ranges of
one value, crops as large as the image); with free parameters their outputs are checked valid."""
import gzip
import os
import pickle
import shutil
import struct

import numpy as np
import pytest
from parity import assert_same, convert_checked, exec_code
from PIL import Image

pytestmark = pytest.mark.frameworks

SOURCE = '''
import os
import warnings

import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader
from torchvision import datasets, transforms
import torchvision.transforms as T
from torchvision.transforms import v2
import torchvision.utils as vutils
from torchvision.utils import make_grid, save_image


def mnist_family(root):
    out = []
    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
    for cls in (datasets.MNIST, datasets.FashionMNIST, datasets.KMNIST):
        for train in (True, False):
            ds = cls(root, train=train, download=True)
            img, target = ds[1]
            out += [img, target, len(ds), ds.classes, ds.class_to_idx]
            for x, y in DataLoader(cls(root, train=train, transform=tf), batch_size=3, shuffle=False):
                out += [x, y]
    # `data` and `targets` are tensors (siamese_network: `ds.data.unsqueeze(1)`, `ds.targets.clone()`)
    ds = datasets.MNIST(root, train=True)
    out += [ds.data.unsqueeze(1)[:2], ds.targets, ds.targets == 3, ds.data.shape, len(ds)]
    ds.data, ds.targets = ds.data[2:5], ds.targets[2:5]  # a subset by assignment
    out += [len(ds), ds[1][1], np.asarray(ds[1][0])]
    # the names torchvision deprecated but keeps (MorvanZhou's CNN: `train_data.train_data.size()`)
    old = datasets.MNIST(root, train=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out += [old.test_data[:2], old.test_labels[:3], old.train_data.size(), old.train_labels.shape]
    out.append(len(caught))
    return out


def cifar(root):
    out = []
    tf = T.Compose([T.RandomCrop(36, padding=2, padding_mode="reflect"), T.RandomHorizontalFlip(p=1.0),
                    T.ToTensor(), T.Normalize((0.4914, 0.4822, 0.4465), (0.247, 0.243, 0.261))])
    for cls in (datasets.CIFAR10, datasets.CIFAR100):
        for train in (True, False):
            ds = cls(root=root, train=train, download=False)
            img, target = ds[2]
            out += [img, target, len(ds), ds.classes, ds.class_to_idx]
            for x, y in DataLoader(cls(root, train, tf), batch_size=4):
                out += [x, y]
    return out


def folders(root, arrays):
    out = []
    tf = transforms.Compose([transforms.Resize(10), transforms.CenterCrop(8), transforms.ToTensor()])
    ds = datasets.ImageFolder(root, transform=tf)
    out += [ds.classes, ds.class_to_idx, [(os.path.relpath(p, root), t) for p, t in ds.samples], ds.targets]
    for x, y in DataLoader(ds, batch_size=2):
        out += [x, y]
    img, target = datasets.ImageFolder(root)[3]
    path = ds.samples[1][0]
    out += [img, target, datasets.folder.default_loader(path), datasets.folder.pil_loader(path)]
    npy = datasets.DatasetFolder(arrays, loader=np.load, extensions=(".npy",), transform=transforms.ToTensor())
    out += [npy.classes, len(npy)]
    for x, y in DataLoader(npy, batch_size=3):
        out += [x, y]
    return out


class Squares(datasets.VisionDataset):
    def __init__(self, root, transform=None, target_transform=None):
        super().__init__(root, transform=transform, target_transform=target_transform)

    def __len__(self):
        return 5

    def __getitem__(self, i):
        img = Image.fromarray((np.arange(36, dtype=np.uint8).reshape(6, 6) * (i + 1)).astype(np.uint8))
        return self.transforms(img, i * i)


def custom_dataset(root):
    ds = Squares(root, transform=transforms.ToTensor(), target_transform=lambda t: t + 1)
    out = [len(ds), ds.root]
    for x, y in DataLoader(ds, batch_size=2):
        out += [x, y]
    return out


def pil_transforms(rgb, gray):
    out = []
    for img in (rgb, gray):
        out += [
            transforms.Resize(9)(img), transforms.Resize((5, 11))(img), transforms.Resize(7, max_size=8)(img),
            transforms.Resize(20, interpolation=transforms.InterpolationMode.BICUBIC)(img),
            transforms.Resize(6, interpolation=transforms.InterpolationMode.NEAREST)(img),
            transforms.Resize(6, interpolation=Image.LANCZOS)(img),
            transforms.Resize(7, interpolation=transforms.functional.InterpolationMode.HAMMING)(img),
            transforms.Resize([8], antialias=True)(img),
            transforms.CenterCrop(5)(img), transforms.CenterCrop((20, 9))(img),
            transforms.Pad(3)(img), transforms.Pad((1, 2), fill=7)(img), transforms.Pad((1, 2, 3, 4), fill=200)(img),
            transforms.Pad(2, padding_mode="edge")(img), transforms.Pad([3, 1], padding_mode="reflect")(img),
            transforms.Pad(2, padding_mode="symmetric")(img),
            transforms.Grayscale()(img), transforms.Grayscale(num_output_channels=3)(img),
            transforms.RandomCrop((img.size[1] + 4, img.size[0] + 4), padding=2, fill=9)(img),
            transforms.RandomCrop(img.size[::-1])(img),
            transforms.RandomResizedCrop(6, scale=(2.0, 2.0))(img),  # never fits: the central fallback
            transforms.RandomResizedCrop((5, 7), scale=(2.0, 2.0), ratio=(0.5, 0.6))(img),
            transforms.RandomHorizontalFlip(p=1.0)(img), transforms.RandomHorizontalFlip(p=0.0)(img),
            transforms.RandomVerticalFlip(p=1.0)(img),
            transforms.ColorJitter(brightness=(1.3, 1.3))(img), transforms.ColorJitter(contrast=(0.6, 0.6))(img),
            transforms.ColorJitter(saturation=(1.7, 1.7))(img), transforms.ColorJitter(hue=(0.2, 0.2))(img),
            transforms.RandomRotation((30, 30))(img), transforms.RandomRotation((-20, -20), expand=True, fill=5)(img),
            transforms.RandomRotation((45, 45), interpolation=transforms.InterpolationMode.BILINEAR,
                                      center=(2, 3))(img),
            transforms.ToTensor()(img), transforms.PILToTensor()(img),
            transforms.Lambda(lambda x: x.rotate(90))(img),
        ]
    return out


def tensor_transforms(rgb):
    x = transforms.ToTensor()(rgb)
    u8 = transforms.PILToTensor()(rgb)
    batch = torch.stack([x, x.flip(0)])
    return [
        transforms.Normalize([0.5, 0.4, 0.3], [0.2, 0.25, 0.3])(x), transforms.Normalize((0.1,), (0.7,))(batch),
        transforms.RandomHorizontalFlip(p=1.0)(x), transforms.RandomVerticalFlip(p=1.0)(u8),
        transforms.CenterCrop(6)(x), transforms.CenterCrop((16, 20))(u8),
        transforms.Pad(2)(x), transforms.Pad((1, 3), fill=4)(u8), transforms.Pad([1, 2, 3, 0], padding_mode="reflect")(x),
        transforms.Pad(2, padding_mode="edge")(u8), transforms.Pad(3, padding_mode="symmetric")(x),
        transforms.RandomCrop((x.shape[1] + 2, x.shape[2] + 2), padding=1)(x),
        transforms.Grayscale()(x), transforms.Grayscale(3)(u8),
        transforms.ConvertImageDtype(torch.float32)(u8), transforms.ConvertImageDtype(torch.uint8)(x),
        transforms.ConvertImageDtype(torch.int32)(u8), transforms.ConvertImageDtype(torch.float64)(x),
        transforms.Lambda(lambda t: t * 2)(x),
        transforms.Compose([transforms.ToPILImage(), transforms.ToTensor()])(x),
    ]


def v2_pipeline(rgb):
    tf = v2.Compose([v2.Resize(9), v2.CenterCrop(7), v2.RandomHorizontalFlip(p=1.0), v2.Pad(1, fill=3),
                     v2.PILToTensor(), v2.ConvertImageDtype(torch.float32),
                     v2.Normalize(mean=[0.5, 0.5, 0.5], std=[0.2, 0.3, 0.4])])
    x = v2.PILToTensor()(rgb)
    return [tf(rgb), v2.Grayscale()(rgb), v2.RandomRotation((15, 15))(rgb), v2.Grayscale(3)(x),
            v2.Grayscale()(v2.ConvertImageDtype()(x)), v2.Grayscale(3)(x[:1]), v2.ConvertImageDtype(torch.uint8)(
                v2.ConvertImageDtype(torch.float32)(x)),
            v2.ToTensor()(rgb), v2.ToPILImage()(x), v2.Lambda(lambda t: t[:, 1:])(x), v2.RandomCrop((13, 17))(rgb),
            v2.RandomResizedCrop(6, scale=(2.0, 2.0))(rgb), v2.RandomVerticalFlip(p=1.0)(rgb),
            v2.ColorJitter(brightness=(1.3, 1.3))(rgb), v2.Resize(6, interpolation=v2.InterpolationMode.NEAREST)(rgb)]


def grids(path):
    x = torch.tensor((np.arange(360, dtype=np.float32) / np.float32(120) - np.float32(1)).reshape(5, 3, 4, 6))
    one = x[:, :1]
    out = [
        make_grid(x), make_grid(x, nrow=2, padding=1, pad_value=0.5), make_grid(one, nrow=3),
        make_grid(x, normalize=True), make_grid(x, normalize=True, value_range=(0.0, 1.0)),
        make_grid(x, normalize=True, scale_each=True), make_grid(list(x[:3])), make_grid(x[0]),
        vutils.make_grid(x[:1]),
    ]
    save_image(x, path)
    out.append(Image.open(path))
    vutils.save_image(one, path, nrow=4, normalize=True)
    out.append(Image.open(path))
    return out


def fake():
    out = []
    ds = datasets.FakeData(size=6, image_size=(3, 9, 7), num_classes=4, transform=transforms.ToTensor())
    for x, y in DataLoader(ds, batch_size=4):
        out += [x, y]
    img, target = datasets.FakeData(3, (1, 20, 20), random_offset=11)[2]
    return out + [img, target]


def random_outputs(rgb):
    crop = transforms.RandomCrop(5, padding=2)(rgb)
    resized = transforms.RandomResizedCrop(8)(rgb)
    rotated = transforms.RandomRotation(25)(rgb)
    jittered = transforms.ColorJitter(0.4, 0.4, 0.4, 0.1)(rgb)
    flipped = transforms.RandomHorizontalFlip()(rgb)
    padded = transforms.RandomCrop(20, pad_if_needed=True, padding_mode="edge")(rgb)
    return crop, resized, rotated, jittered, flipped, padded
'''


def _write_idx(path, array):
    with open(path, "wb") as f:
        f.write(struct.pack(">I", 0x0800 | array.ndim))
        f.write(struct.pack(">" + "I" * array.ndim, *array.shape))
        f.write(np.ascontiguousarray(array, dtype=np.uint8).tobytes())


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    rng = np.random.RandomState(0)
    base = tmp_path_factory.mktemp("tvdata")
    mnist = base / "mnist"
    for k, cls in enumerate(("MNIST", "FashionMNIST", "KMNIST")):
        raw = mnist / cls / "raw"
        raw.mkdir(parents=True)
        for split, n in (("train", 7), ("t10k", 4)):
            _write_idx(raw / f"{split}-images-idx3-ubyte", rng.randint(0, 256, (n, 28, 28)))
            _write_idx(raw / f"{split}-labels-idx1-ubyte", (np.arange(n) * (k + 3)) % 10)
    cifar = base / "cifar"
    (cifar / "cifar-10-batches-py").mkdir(parents=True)
    for name in ["data_batch_%d" % i for i in range(1, 6)] + ["test_batch"]:
        entry = {"data": rng.randint(0, 256, (3, 3072)).astype(np.uint8), "labels": [int(v) for v in rng.randint(0, 10, 3)]}
        with open(cifar / "cifar-10-batches-py" / name, "wb") as f:
            pickle.dump(entry, f)
    with open(cifar / "cifar-10-batches-py" / "batches.meta", "wb") as f:
        pickle.dump({"label_names": ["c%d" % i for i in range(10)]}, f)
    (cifar / "cifar-100-python").mkdir()
    for name, n in (("train", 5), ("test", 3)):
        entry = {"data": rng.randint(0, 256, (n, 3072)).astype(np.uint8), "fine_labels": [int(v) for v in rng.randint(0, 100, n)]}
        with open(cifar / "cifar-100-python" / name, "wb") as f:
            pickle.dump(entry, f)
    with open(cifar / "cifar-100-python" / "meta", "wb") as f:
        pickle.dump({"fine_label_names": ["f%d" % i for i in range(100)]}, f)
    images = base / "images"
    for cls, specs in (("dog", [(12, 9, "RGB"), (15, 15, "L")]), ("cat", [(9, 14, "RGBA"), (10, 10, "RGB")]),
                       ("ant", [(11, 8, "P")])):
        (images / cls / "nested").mkdir(parents=True)
        for i, (w, h, mode) in enumerate(specs):
            arr = rng.randint(0, 256, (h, w, 4 if mode == "RGBA" else 3)).astype(np.uint8)
            img = Image.fromarray(arr).convert(mode)
            img.save(images / cls / ("nested" if i else ".") / f"img{i}.png")
        (images / cls / "notes.txt").write_text("not an image")
    arrays = base / "arrays"
    for cls in ("b", "a"):
        (arrays / cls).mkdir(parents=True)
        for i in range(2):
            np.save(arrays / cls / f"x{i}.npy", rng.randint(0, 256, (4, 5, 3)).astype(np.uint8))
    rgb = Image.fromarray(rng.randint(0, 256, (13, 17, 3)).astype(np.uint8))
    gray = Image.fromarray(rng.randint(0, 256, (16, 11)).astype(np.uint8))
    return {"base": base, "mnist": str(mnist), "cifar": str(cifar), "images": str(images), "arrays": str(arrays),
            "rgb": rgb, "gray": gray}


def _plain(value):
    """PIL images as (mode, size, pixels), so that assert_same can compare them; the rest as is."""
    if isinstance(value, Image.Image):
        return ("PIL", value.mode, value.size, np.asarray(value))
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


def _same(expected, actual):
    assert_same(expected, actual, atol=0, rtol=0)  # data loading and transforms: exact


@pytest.fixture(scope="module")
def both(torch, jittor):
    code = convert_checked(SOURCE)
    return exec_code(SOURCE, "tvdata_pt.py"), exec_code(code, "tvdata_jt.py")


@pytest.fixture
def cifar_without_md5(monkeypatch):
    """torchvision checks CIFAR files against the real data set's md5: accept the generated ones."""
    monkeypatch.setattr("torchvision.datasets.cifar.check_integrity", lambda fpath, md5=None: os.path.isfile(fpath))


def _run_both(both, name, *args):
    pt_ns, jt_ns = both
    return _plain(pt_ns[name](*args)), _plain(jt_ns[name](*args))


def test_mnist_family_samples_and_batches(both, files):
    expected, actual = _run_both(both, "mnist_family", files["mnist"])
    _same(expected, actual)
    assert expected[0][1] == "L" and expected[5].shape == (3, 1, 28, 28)  # one channel, as torchvision


def test_cifar_samples_and_batches(both, files, cifar_without_md5):
    expected, actual = _run_both(both, "cifar", files["cifar"])
    _same(expected, actual)
    assert expected[5].shape == (4, 3, 36, 36) and str(expected[6].dtype) == "torch.int64"


def test_image_and_dataset_folders(both, files):
    expected, actual = _run_both(both, "folders", files["images"], files["arrays"])
    _same(expected, actual)
    assert expected[0] == ["ant", "cat", "dog"] and len(expected[2]) == 5


def test_vision_dataset_subclass(both, files):
    _same(*_run_both(both, "custom_dataset", files["images"]))


def test_pil_transforms(both, files):
    _same(*_run_both(both, "pil_transforms", files["rgb"], files["gray"]))


def test_tensor_transforms(both, files):
    _same(*_run_both(both, "tensor_transforms", files["rgb"]))


def test_v2_transforms(both, files):
    _same(*_run_both(both, "v2_pipeline", files["rgb"]))


def test_make_grid_and_save_image(both, files):
    pt_ns, jt_ns = both
    expected = _plain(pt_ns["grids"](str(files["base"] / "pt.png")))
    actual = _plain(jt_ns["grids"](str(files["base"] / "jt.png")))
    _same(expected, actual)


def test_fake_data_is_torchvisions(both):
    expected, actual = _run_both(both, "fake")
    _same(expected, actual)
    assert expected[0].shape == (4, 3, 9, 7)


def test_random_transforms_give_valid_outputs(both, files):
    jt_ns = both[1]
    rgb = files["rgb"]
    padded = np.pad(np.asarray(rgb), ((2, 2), (2, 2), (0, 0)))
    seen = set()
    for seed in range(8):
        np.random.seed(seed)
        crop, resized, rotated, jittered, flipped, padded_crop = jt_ns["random_outputs"](rgb)
        assert padded_crop.size == (20, 20)
        windows = [padded[i:i + 5, j:j + 5] for i in range(padded.shape[0] - 4) for j in range(padded.shape[1] - 4)]
        assert any((np.asarray(crop) == w).all() for w in windows)
        assert resized.size == (8, 8) and rotated.size == rgb.size and jittered.size == rgb.size
        assert jittered.mode == rotated.mode == "RGB"
        flips = (np.asarray(flipped) == np.asarray(rgb)).all(), (np.asarray(flipped) == np.asarray(rgb)[:, ::-1]).all()
        assert any(flips)
        seen.add(flips[0])
        np.random.seed(seed)
        again = jt_ns["random_outputs"](rgb)
        assert all((np.asarray(a) == np.asarray(b)).all() for a, b in zip(again, (crop, resized, rotated, jittered)))
    assert seen == {True, False}  # both branches of p=0.5 were taken


def test_download_never_downloads_and_reads_archives(both, files, tmp_path):
    jt_datasets = both[1]["t2j"]
    with pytest.raises(RuntimeError, match="Dataset not found"):
        jt_datasets.MNIST(str(tmp_path))
    with pytest.raises(RuntimeError, match="does not download") as info:
        jt_datasets.MNIST(str(tmp_path), download=True)
    assert "train-images-idx3-ubyte" in str(info.value) and "t10k-labels-idx1-ubyte" in str(info.value)
    with pytest.raises(RuntimeError, match="cifar-10-batches-py"):
        jt_datasets.CIFAR10(str(tmp_path), download=True)
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in os.listdir(os.path.join(files["mnist"], "MNIST", "raw")):
        with open(os.path.join(files["mnist"], "MNIST", "raw", name), "rb") as src, gzip.open(raw / (name + ".gz"), "wb") as dst:
            shutil.copyfileobj(src, dst)
    archived = jt_datasets.MNIST(str(tmp_path), train=False, download=True)
    plain = jt_datasets.MNIST(files["mnist"], train=False)
    assert (archived.data == plain.data).all() and (archived.targets == plain.targets).all()


COVERED = {
    "torchvision.datasets." + name
    for name in ("MNIST", "FashionMNIST", "KMNIST", "CIFAR10", "CIFAR100", "ImageFolder", "DatasetFolder", "FakeData",
                 "VisionDataset", "folder.default_loader", "folder.pil_loader")
} | {
    "torchvision.transforms." + name
    for name in ("Compose", "ToTensor", "PILToTensor", "ToPILImage", "ConvertImageDtype", "Normalize", "Resize",
                 "CenterCrop", "Pad", "Lambda", "RandomCrop", "RandomResizedCrop", "RandomHorizontalFlip",
                 "RandomVerticalFlip", "ColorJitter", "Grayscale", "RandomRotation", "InterpolationMode",
                 "functional.InterpolationMode")
} | {
    "torchvision.transforms.v2." + name
    for name in ("Compose", "Resize", "CenterCrop", "RandomHorizontalFlip", "Pad", "PILToTensor", "ConvertImageDtype",
                 "Normalize", "Grayscale", "RandomRotation", "ToTensor", "ToPILImage", "Lambda", "RandomCrop",
                 "RandomResizedCrop", "RandomVerticalFlip", "ColorJitter", "InterpolationMode")
} | {"torchvision.utils.make_grid", "torchvision.utils.save_image"}
