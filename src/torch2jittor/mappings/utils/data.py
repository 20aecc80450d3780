"""torch.utils.data -> the helper module's Dataset/DataLoader: PyTorch's API and batching rules,
loading in-process (Jittor's own jittor.dataset.Dataset is a dataset and loader in one, with a
different API)."""
from ..schema import helper

_LOADER = (
    "dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0, collate_fn=None, "
    "pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None, multiprocessing_context=None, "
    "generator=None, *, prefetch_factor=None, persistent_workers=False, pin_memory_device='', in_order=True"
)

ENTRIES = {
    "torch.utils.data.Dataset": helper("", "Dataset"),
    "torch.utils.data.IterableDataset": helper("", "IterableDataset"),
    "torch.utils.data.TensorDataset": helper("*tensors", "TensorDataset"),
    "torch.utils.data.Subset": helper("dataset, indices", "Subset"),
    "torch.utils.data.ConcatDataset": helper("datasets", "ConcatDataset"),
    "torch.utils.data.random_split": helper("dataset, lengths, generator=None", "random_split"),
    "torch.utils.data.DataLoader": helper(_LOADER, "DataLoader"),
    "torch.utils.data.default_collate": helper("batch", "default_collate"),
}
