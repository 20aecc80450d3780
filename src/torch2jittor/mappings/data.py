"""torch.utils.data -> the helper module's Dataset/DataLoader (runtime/compat_data.py): PyTorch's
API and batching rules, loading in-process (Jittor's own jittor.dataset.Dataset is a dataset and
loader in one, with a different API)."""
from ._schema import entry

_T = "t2j"
_D = "torch.utils.data."
_LOADER = (
    "dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0, collate_fn=None, "
    "pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None, multiprocessing_context=None, "
    "generator=None, *, prefetch_factor=None, persistent_workers=False, pin_memory_device='', in_order=True"
)


def _same(args: str, name: str) -> dict:
    return entry(args, _T, name, args)


DATA = {
    _D + "Dataset": _same("", "Dataset"),
    _D + "IterableDataset": _same("", "IterableDataset"),
    _D + "TensorDataset": _same("*tensors", "TensorDataset"),
    _D + "Subset": _same("dataset, indices", "Subset"),
    _D + "ConcatDataset": _same("datasets", "ConcatDataset"),
    _D + "random_split": _same("dataset, lengths, generator=None", "random_split"),
    _D + "DataLoader": _same(_LOADER, "DataLoader"),
    _D + "default_collate": _same("batch", "default_collate"),
}
