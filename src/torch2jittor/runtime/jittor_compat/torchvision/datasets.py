"""torchvision.datasets: the same files, samples and targets, without torch.

jittor.dataset.MNIST loads 3-channel images and its datasets are loaders too; these read the
files torchvision reads (MNIST's idx files under root/<Class>/raw, CIFAR's pickles, image
folders) and return what torchvision returns: (PIL image, int target) before transforms.
Converted code never downloads: download=True with the files present reads them; without them
it raises an error naming the files to put in place.
"""
import gzip as _tvd_gzip
import os as _tvd_os
import pickle as _tvd_pickle
import shutil as _tvd_shutil
import warnings as _tvd_warnings

import numpy as _tvd_np
from PIL import Image as _TvdImage


class _TvdNotDownloaded(RuntimeError):
    pass


def _tvd_missing(dataset, files, hint=""):
    listed = "\n  ".join(files)
    return _TvdNotDownloaded(
        f"{type(dataset).__name__}: dataset not found, and converted Jittor code does not download. "
        f"Put these files in place (as torchvision downloads them){hint}:\n  {listed}")


class VisionDataset:
    _repr_indent = 4

    def __init__(self, root=None, transforms=None, transform=None, target_transform=None):
        if isinstance(root, str):
            root = _tvd_os.path.expanduser(root)
        self.root = root
        has_separate_transform = transform is not None or target_transform is not None
        if transforms is not None and has_separate_transform:
            raise ValueError("Only transforms or transform/target_transform can be passed as argument")
        self.transform, self.target_transform = transform, target_transform
        if has_separate_transform:
            transforms = StandardTransform(transform, target_transform)
        self.transforms = transforms

    def __getitem__(self, index):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def extra_repr(self):
        return ""

    def __repr__(self):
        body = [f"Number of datapoints: {self.__len__()}"]
        if self.root is not None:
            body.append(f"Root location: {self.root}")
        body += self.extra_repr().splitlines()
        if self.transforms is not None:
            body += repr(self.transforms).splitlines()
        return "\n".join(["Dataset " + type(self).__name__] + [" " * self._repr_indent + line for line in body])


class StandardTransform:
    def __init__(self, transform=None, target_transform=None):
        self.transform, self.target_transform = transform, target_transform

    def __call__(self, input, target):
        if self.transform is not None:
            input = self.transform(input)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return input, target


# -- MNIST family --------------------------------------------------------------------------------
_TVD_IDX_TYPES = {8: ">u1", 9: ">i1", 11: ">i2", 12: ">i4", 13: ">f4", 14: ">f8"}


def read_sn3_pascalvincent_tensor(path, strict=True):
    """An idx ("SN3 Pascal Vincent") file as a numpy array (big-endian data, native result)."""
    with open(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    nd, ty = magic % 256, magic // 256
    assert 1 <= nd <= 3
    assert 8 <= ty <= 14
    shape = [int.from_bytes(data[4 * (i + 1):4 * (i + 2)], "big") for i in range(nd)]
    dtype = _tvd_np.dtype(_TVD_IDX_TYPES[ty])
    parsed = _tvd_np.frombuffer(data, dtype=dtype, offset=4 * (nd + 1))
    assert parsed.shape[0] == _tvd_np.prod(shape) or not strict
    return parsed.astype(dtype.newbyteorder("=")).reshape(shape)


def read_label_file(path):
    x = read_sn3_pascalvincent_tensor(path, strict=False)
    if x.dtype != _tvd_np.uint8:
        raise TypeError(f"x should be of dtype uint8 instead of {x.dtype}")
    if x.ndim != 1:
        raise ValueError(f"x should have 1 dimension instead of {x.ndim}")
    return x.astype(_tvd_np.int64)


def read_image_file(path):
    x = read_sn3_pascalvincent_tensor(path, strict=False)
    if x.dtype != _tvd_np.uint8:
        raise TypeError(f"x should be of dtype uint8 instead of {x.dtype}")
    if x.ndim != 3:
        raise ValueError(f"x should have 3 dimension instead of {x.ndim}")
    return x


class MNIST(VisionDataset):
    """Reads root/<Class>/raw/{train,t10k}-{images-idx3,labels-idx1}-ubyte as torchvision does.
    `data` (N, H, W) uint8 and `targets` (N,) int64 are Vars, as torchvision's are tensors
    (`ds.data.unsqueeze(1)`, `ds.targets == 3`); samples are read from numpy copies (no Var per
    item). Assigning them (`ds.data = ds.data[:100]`) changes the samples; a write into the Var
    they return does not (each read is a new Var)."""

    @property
    def data(self):
        from .._common import var_keeping_dtype

        return var_keeping_dtype(self._data)

    @data.setter
    def data(self, value):
        self._data = value.numpy() if hasattr(value, "numpy") else _tvd_np.asarray(value)

    @property
    def targets(self):
        from .._common import var_keeping_dtype

        return var_keeping_dtype(self._targets)

    @targets.setter
    def targets(self, value):
        self._targets = value.numpy() if hasattr(value, "numpy") else _tvd_np.asarray(value)

    # torchvision's deprecated names, each warning as there; both splits answer with the same data
    @property
    def train_labels(self):
        _tvd_warnings.warn("train_labels has been renamed targets")
        return self.targets

    @property
    def test_labels(self):
        _tvd_warnings.warn("test_labels has been renamed targets")
        return self.targets

    @property
    def train_data(self):
        _tvd_warnings.warn("train_data has been renamed data")
        return self.data

    @property
    def test_data(self):
        _tvd_warnings.warn("test_data has been renamed data")
        return self.data

    resources = [
        ("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
        ("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432"),
        ("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3"),
        ("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c"),
    ]
    training_file = "training.pt"
    test_file = "test.pt"
    classes = ["0 - zero", "1 - one", "2 - two", "3 - three", "4 - four", "5 - five", "6 - six", "7 - seven",
               "8 - eight", "9 - nine"]

    def __init__(self, root, train=True, transform=None, target_transform=None, download=False):
        super().__init__(root, transform=transform, target_transform=target_transform)
        self.train = train
        if download:
            self.download()
        if not self._check_exists():
            if download:
                raise self._missing()
            raise RuntimeError("Dataset not found. You can use download=True to download it")
        image_file = f"{'train' if self.train else 't10k'}-images-idx3-ubyte"
        label_file = f"{'train' if self.train else 't10k'}-labels-idx1-ubyte"
        self.data = read_image_file(_tvd_os.path.join(self.raw_folder, image_file))
        self.targets = read_label_file(_tvd_os.path.join(self.raw_folder, label_file))

    @property
    def raw_folder(self):
        return _tvd_os.path.join(self.root, type(self).__name__, "raw")

    @property
    def processed_folder(self):
        return _tvd_os.path.join(self.root, type(self).__name__, "processed")

    @property
    def class_to_idx(self):
        return {_class: i for i, _class in enumerate(self.classes)}

    def _raw_files(self):
        return [_tvd_os.path.splitext(name)[0] for name, _ in self.resources]

    def _check_exists(self):
        return all(_tvd_os.path.isfile(_tvd_os.path.join(self.raw_folder, name)) for name in self._raw_files())

    def _missing(self):
        return _tvd_missing(self, [_tvd_os.path.join(self.raw_folder, name) for name in self._raw_files()],
                            " (or the same names with .gz, which are then extracted)")

    def download(self):
        """Extracts the downloaded .gz archives found in raw/ (what torchvision does after its
        download); fetching them from the internet is left to the user."""
        if self._check_exists():
            return
        for archive, _ in self.resources:
            target = _tvd_os.path.join(self.raw_folder, _tvd_os.path.splitext(archive)[0])
            source = _tvd_os.path.join(self.raw_folder, archive)
            if not _tvd_os.path.isfile(target) and _tvd_os.path.isfile(source):
                with _tvd_gzip.open(source, "rb") as zipped, open(target, "wb") as out:
                    _tvd_shutil.copyfileobj(zipped, out)
        if not self._check_exists():
            raise self._missing()

    def __getitem__(self, index):
        img, target = self._data[index], int(self._targets[index])
        img = _TvdImage.fromarray(img)  # 2-D uint8: mode "L", as torchvision makes it
        if self.transform is not None:
            img = self.transform(img)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return img, target

    def __len__(self):
        return len(self._data)

    def extra_repr(self):
        return f"Split: {'Train' if self.train is True else 'Test'}"


class FashionMNIST(MNIST):
    resources = [
        ("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
        ("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"),
        ("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"),
        ("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310"),
    ]
    classes = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


class KMNIST(MNIST):
    resources = [
        ("train-images-idx3-ubyte.gz", "bdb82020997e1d708af4cf47b453dcf7"),
        ("train-labels-idx1-ubyte.gz", "e144d726b3acfaa3e44228e80efcd344"),
        ("t10k-images-idx3-ubyte.gz", "5c965bf0a639b31b8f53240b1b52f4d7"),
        ("t10k-labels-idx1-ubyte.gz", "7320c461ea6c1c855c0b718fb2a4b134"),
    ]
    classes = ["o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"]


# -- CIFAR ---------------------------------------------------------------------------------------
class CIFAR10(VisionDataset):
    """Reads the python pickles under root/cifar-10-batches-py. torchvision also checks each file's
    md5; this checks that the files exist (small generated stand-ins load too)."""

    base_folder = "cifar-10-batches-py"
    filename = "cifar-10-python.tar.gz"
    train_list = [["data_batch_1", "c99cafc152244af753f735de768cd75f"],
                  ["data_batch_2", "d4bba439e000b95fd0a9bffe97cbabec"],
                  ["data_batch_3", "54ebc095f3ab1f0389bbae665268c751"],
                  ["data_batch_4", "634d18415352ddfa80567beed471001a"],
                  ["data_batch_5", "482c414d41f54cd18b22e5b47cb7c3cb"]]
    test_list = [["test_batch", "40351d587109b95175f43aff81a1287e"]]
    meta = {"filename": "batches.meta", "key": "label_names", "md5": "5ff9c542aee3614f3951f8cda6e48888"}

    def __init__(self, root, train=True, transform=None, target_transform=None, download=False):
        super().__init__(root, transform=transform, target_transform=target_transform)
        self.train = train
        if not self._check_integrity():
            if download:
                raise _tvd_missing(self, self._files(), f" (extracted from {self.filename})")
            raise RuntimeError("Dataset not found or corrupted. You can use download=True to download it")
        data, self.targets = [], []
        for file_name, _ in self.train_list if self.train else self.test_list:
            with open(_tvd_os.path.join(self.root, self.base_folder, file_name), "rb") as f:
                entry = _tvd_pickle.load(f, encoding="latin1")
                data.append(entry["data"])
                self.targets.extend(entry["labels"] if "labels" in entry else entry["fine_labels"])
        self.data = _tvd_np.vstack(data).reshape(-1, 3, 32, 32).transpose((0, 2, 3, 1))  # HWC
        self._load_meta()

    def _files(self):
        names = [name for name, _ in self.train_list + self.test_list] + [self.meta["filename"]]
        return [_tvd_os.path.join(self.root, self.base_folder, name) for name in names]

    def _check_integrity(self):
        return all(_tvd_os.path.isfile(path) for path in self._files()[:-1])

    def _load_meta(self):
        path = _tvd_os.path.join(self.root, self.base_folder, self.meta["filename"])
        if not _tvd_os.path.isfile(path):
            raise RuntimeError("Dataset metadata file not found or corrupted. You can use download=True to download it")
        with open(path, "rb") as infile:
            self.classes = _tvd_pickle.load(infile, encoding="latin1")[self.meta["key"]]
        self.class_to_idx = {_class: i for i, _class in enumerate(self.classes)}

    def download(self):
        if not self._check_integrity():
            raise _tvd_missing(self, self._files(), f" (extracted from {self.filename})")

    def __getitem__(self, index):
        img, target = self.data[index], self.targets[index]
        img = _TvdImage.fromarray(img)
        if self.transform is not None:
            img = self.transform(img)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return img, target

    def __len__(self):
        return len(self.data)

    def extra_repr(self):
        return f"Split: {'Train' if self.train is True else 'Test'}"


class CIFAR100(CIFAR10):
    base_folder = "cifar-100-python"
    filename = "cifar-100-python.tar.gz"
    train_list = [["train", "16019d7e3df5f24257cddd939b257f8d"]]
    test_list = [["test", "f0ef6b0ae62326f3e7ffdfab6717acfc"]]
    meta = {"filename": "meta", "key": "fine_label_names", "md5": "7973b15100ade9c7d40fb424638fde48"}


# -- folders of files ------------------------------------------------------------------------------
IMG_EXTENSIONS = (".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp")


def has_file_allowed_extension(filename, extensions):
    return filename.lower().endswith(extensions if isinstance(extensions, str) else tuple(extensions))


def is_image_file(filename):
    return has_file_allowed_extension(filename, IMG_EXTENSIONS)


def find_classes(directory):
    classes = sorted(entry.name for entry in _tvd_os.scandir(directory) if entry.is_dir())
    if not classes:
        raise FileNotFoundError(f"Couldn't find any class folder in {directory}.")
    return classes, {cls_name: i for i, cls_name in enumerate(classes)}


def make_dataset(directory, class_to_idx=None, extensions=None, is_valid_file=None, allow_empty=False):
    directory = _tvd_os.path.expanduser(directory)
    if class_to_idx is None:
        _, class_to_idx = find_classes(directory)
    elif not class_to_idx:
        raise ValueError("'class_to_index' must have at least one entry to collect any samples.")
    if (extensions is None) == (is_valid_file is None):
        raise ValueError("Both extensions and is_valid_file cannot be None or not None at the same time")
    if extensions is not None:
        def is_valid_file(x):
            return has_file_allowed_extension(x, extensions)
    instances, available_classes = [], set()
    for target_class in sorted(class_to_idx.keys()):
        class_index = class_to_idx[target_class]
        target_dir = _tvd_os.path.join(directory, target_class)
        if not _tvd_os.path.isdir(target_dir):
            continue
        for root, _, fnames in sorted(_tvd_os.walk(target_dir, followlinks=True)):
            for fname in sorted(fnames):
                path = _tvd_os.path.join(root, fname)
                if is_valid_file(path):
                    instances.append((path, class_index))
                    available_classes.add(target_class)
    empty_classes = set(class_to_idx.keys()) - available_classes
    if empty_classes and not allow_empty:
        msg = f"Found no valid file for the classes {', '.join(sorted(empty_classes))}. "
        if extensions is not None:
            msg += f"Supported extensions are: {extensions if isinstance(extensions, str) else ', '.join(extensions)}"
        raise FileNotFoundError(msg)
    return instances


def pil_loader(path):
    with open(path, "rb") as f:
        img = _TvdImage.open(f)
        return img.convert("RGB")


default_loader = pil_loader  # torchvision's default image backend is PIL


class DatasetFolder(VisionDataset):
    def __init__(self, root, loader, extensions=None, transform=None, target_transform=None, is_valid_file=None,
                 allow_empty=False):
        super().__init__(root, transform=transform, target_transform=target_transform)
        classes, class_to_idx = self.find_classes(self.root)
        samples = self.make_dataset(self.root, class_to_idx=class_to_idx, extensions=extensions,
                                    is_valid_file=is_valid_file, allow_empty=allow_empty)
        self.loader, self.extensions = loader, extensions
        self.classes, self.class_to_idx = classes, class_to_idx
        self.samples = samples
        self.targets = [s[1] for s in samples]

    @staticmethod
    def make_dataset(directory, class_to_idx, extensions=None, is_valid_file=None, allow_empty=False):
        if class_to_idx is None:
            raise ValueError("The class_to_idx parameter cannot be None.")
        return make_dataset(directory, class_to_idx, extensions=extensions, is_valid_file=is_valid_file,
                            allow_empty=allow_empty)

    def find_classes(self, directory):
        return find_classes(directory)

    def __getitem__(self, index):
        path, target = self.samples[index]
        sample = self.loader(path)
        if self.transform is not None:
            sample = self.transform(sample)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return sample, target

    def __len__(self):
        return len(self.samples)


class ImageFolder(DatasetFolder):
    def __init__(self, root, transform=None, target_transform=None, loader=default_loader, is_valid_file=None,
                 allow_empty=False):
        super().__init__(root, loader, IMG_EXTENSIONS if is_valid_file is None else None, transform=transform,
                         target_transform=target_transform, is_valid_file=is_valid_file, allow_empty=allow_empty)
        self.imgs = self.samples


# -- FakeData: torch's CPU generator, reproduced ---------------------------------------------------
# torchvision draws each sample with torch.manual_seed(index + random_offset), torch.randn(*size)
# and torch.randint(num_classes). torch's CPU generator is the standard mt19937 (numpy's legacy
# RandomState uses the same engine and seeding). randn of >= 16 float32 values takes 24-bit
# uniforms and makes normals by Box-Muller 16 at a time (the last 16 redrawn when the size is not
# a multiple of 16); on x86 with AVX2 it computes log, sin and cos with avx_mathfun's float32
# polynomials, compiled with fused multiply-adds: reproduced below operation for operation (an
# FMA as a float64 product-sum rounded once to float32), so the images are bit-identical to
# torchvision's there. (torch builds without AVX2 use the C library's logf/sinf/cosf instead.)
_TVD_F32 = _tvd_np.float32


def _tvd_fma(a, b, c):
    """A fused multiply-add of float32 values: exact product and sum, rounded once to float32."""
    f64 = _tvd_np.float64
    return (_tvd_np.asarray(a, f64) * _tvd_np.asarray(b, f64) + _tvd_np.asarray(c, f64)).astype(_TVD_F32)


def _tvd_log(x):
    """avx_mathfun's log256_ps for x in (0, 1]."""
    one = _TVD_F32(1)
    x = _tvd_np.maximum(x, _tvd_np.array(0x00800000, _tvd_np.int32).view(_TVD_F32))
    bits = x.view(_tvd_np.int32)
    e = ((bits >> 23) - 0x7F).astype(_TVD_F32) + one
    x = ((bits & ~0x7F800000) | 0x3F000000).view(_TVD_F32)  # mantissa in [0.5, 1)
    mask = x < _TVD_F32(0.707106781186547524)
    x = (x - one) + _tvd_np.where(mask, x, _TVD_F32(0))
    e = e - _tvd_np.where(mask, one, _TVD_F32(0))
    z = x * x
    y = _tvd_np.full_like(x, _TVD_F32(7.0376836292e-2))
    for p in (-1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
              2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1):
        y = _tvd_fma(y, x, _TVD_F32(p))
    y = _tvd_fma(y * x, z, e * _TVD_F32(-2.12194440e-4))
    y = y - z * _TVD_F32(0.5)
    return _tvd_fma(e, _TVD_F32(0.693359375), x + y)


def _tvd_sincos(x):
    """avx_mathfun's sincos256_ps."""
    sign_sin = x.view(_tvd_np.int32) & _tvd_np.int32(-0x80000000)
    x = (x.view(_tvd_np.int32) & 0x7FFFFFFF).view(_TVD_F32)
    j = ((x * _TVD_F32(1.27323954473516)).astype(_tvd_np.int32) + 1) & ~1
    y = j.astype(_TVD_F32)
    sign_sin = sign_sin ^ ((j & 4) << 29)
    sign_cos = (~(j - 2) & 4) << 29
    poly_mask = (j & 2) == 0
    for dp in (-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8):
        x = _tvd_fma(y, _TVD_F32(dp), x)
    z = x * x
    c = _tvd_np.full_like(x, _TVD_F32(2.443315711809948e-5))
    c = _tvd_fma(c, z, _TVD_F32(-1.388731625493765e-3))
    c = _tvd_fma(c, z, _TVD_F32(4.166664568298827e-2))
    c = _tvd_fma(c * z, z, -(z * _TVD_F32(0.5))) + _TVD_F32(1)
    s = _tvd_np.full_like(x, _TVD_F32(-1.9515295891e-4))
    s = _tvd_fma(s, z, _TVD_F32(8.3321608736e-3))
    s = _tvd_fma(s, z, _TVD_F32(-1.6666654611e-1))
    s = _tvd_fma(s * z, x, x)
    sin = _tvd_np.where(poly_mask, s, c).view(_tvd_np.int32) ^ sign_sin
    cos = _tvd_np.where(poly_mask, c, s).view(_tvd_np.int32) ^ sign_cos
    return sin.view(_TVD_F32), cos.view(_TVD_F32)


def _tvd_box_muller(u):
    """torch's normal_fill_16 (mean 0, std 1) on rows of 16 uniforms."""
    radius = _tvd_np.sqrt(_TVD_F32(-2) * _tvd_log(_TVD_F32(1) - u[:, :8]))
    sin, cos = _tvd_sincos(_TVD_F32(2.0 * _tvd_np.pi) * u[:, 8:])
    return _tvd_np.concatenate([radius * cos, radius * sin], axis=1)


def _tvd_fake_sample(seed, image_size, num_classes):
    """torch.manual_seed(seed); torch.randn(*image_size); torch.randint(0, num_classes, (1,))."""
    rng = _tvd_np.random.RandomState(seed)  # mt19937 seeded as torch.manual_seed seeds it
    count = int(_tvd_np.prod(image_size))
    if count < 16:
        raise NotImplementedError("FakeData images of fewer than 16 values are not reproduced")
    extra = 16 if count % 16 else 0
    words = rng.randint(0, 2 ** 32, size=count + extra + 1, dtype=_tvd_np.uint32)
    uniform = (words & 0xFFFFFF).astype(_TVD_F32) * _TVD_F32(2.0 ** -24)
    data = uniform[:count].copy()
    blocks = count // 16
    data[:blocks * 16] = _tvd_box_muller(data[:blocks * 16].reshape(-1, 16)).reshape(-1)
    if extra:
        data[count - 16:] = _tvd_box_muller(uniform[count:count + 16].reshape(1, 16)).reshape(-1)
    return data.reshape(image_size), int(words[count + extra]) % num_classes


def _tvd_to_pil(img):
    """transforms.ToPILImage() of a float CxHxW image: torch's value * 255 cast to uint8 keeps the
    low 8 bits of the truncated integer (so -0.4 * 255 = -102 becomes 154)."""
    arr = _tvd_np.trunc(img * _TVD_F32(255)).astype(_tvd_np.int64).astype(_tvd_np.uint8)
    arr = arr.transpose((1, 2, 0))
    return _TvdImage.fromarray(arr[:, :, 0] if arr.shape[2] == 1 else arr)


class FakeData(VisionDataset):
    def __init__(self, size=1000, image_size=(3, 224, 224), num_classes=10, transform=None, target_transform=None,
                 random_offset=0):
        super().__init__(transform=transform, target_transform=target_transform)
        self.size, self.num_classes, self.image_size, self.random_offset = size, num_classes, image_size, random_offset

    def __getitem__(self, index):
        if index >= len(self):
            raise IndexError(f"{type(self).__name__} index out of range")
        img, target = _tvd_fake_sample(index + self.random_offset, self.image_size, self.num_classes)
        img = _tvd_to_pil(img)
        if self.transform is not None:
            img = self.transform(img)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return img, target

    def __len__(self):
        return self.size
