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
    "torch.utils.data.default_convert": helper("data", "default_convert"),
    "torch.utils.data.Sampler": helper("data_source=None", "Sampler"),
    "torch.utils.data.SequentialSampler": helper("data_source", "SequentialSampler"),
    "torch.utils.data.RandomSampler": helper("data_source, replacement=False, num_samples=None, generator=None",
                                             "RandomSampler"),
    "torch.utils.data.SubsetRandomSampler": helper("indices, generator=None", "SubsetRandomSampler"),
    "torch.utils.data.WeightedRandomSampler": helper("weights, num_samples, replacement=True, generator=None",
                                                     "WeightedRandomSampler"),
    "torch.utils.data.BatchSampler": helper("sampler, batch_size, drop_last", "BatchSampler"),
}

# The modules torch.utils.data re-exports from: code that imports from them directly.
ALIASES = {
    **{f"torch.utils.data.dataset.{name}": f"torch.utils.data.{name}"
       for name in ("Dataset", "IterableDataset", "TensorDataset", "Subset", "ConcatDataset", "random_split")},
    "torch.utils.data.dataloader.DataLoader": "torch.utils.data.DataLoader",
    "torch.utils.data.dataloader.default_collate": "torch.utils.data.default_collate",
    "torch.utils.data._utils.collate.default_collate": "torch.utils.data.default_collate",
    "torch.utils.data._utils.collate.default_convert": "torch.utils.data.default_convert",
    **{f"torch.utils.data.sampler.{name}": f"torch.utils.data.{name}"
       for name in ("Sampler", "SequentialSampler", "RandomSampler", "SubsetRandomSampler", "WeightedRandomSampler",
                    "BatchSampler")},
}
