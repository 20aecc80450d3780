"""torch.utils.data -> the helper module's Dataset/DataLoader (runtime/compat_data.py): PyTorch's
API and batching rules, loading in-process (Jittor's own jittor.dataset.Dataset is a dataset and
loader in one, with a different API)."""
from ._schema import helper_entry

_D = "torch.utils.data."
_LOADER = (
    "dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0, collate_fn=None, "
    "pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None, multiprocessing_context=None, "
    "generator=None, *, prefetch_factor=None, persistent_workers=False, pin_memory_device='', in_order=True"
)




DATA = {
    _D + "Dataset": helper_entry("", "Dataset"),
    _D + "IterableDataset": helper_entry("", "IterableDataset"),
    _D + "TensorDataset": helper_entry("*tensors", "TensorDataset"),
    _D + "Subset": helper_entry("dataset, indices", "Subset"),
    _D + "ConcatDataset": helper_entry("datasets", "ConcatDataset"),
    _D + "random_split": helper_entry("dataset, lengths, generator=None", "random_split"),
    _D + "DataLoader": helper_entry(_LOADER, "DataLoader"),
    _D + "default_collate": helper_entry("batch", "default_collate"),
}
