import torch
import torch.utils.data as data


class Pairs(data.Dataset):
    def __init__(self, data):
        self.data = data  # the parameter, not the module

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return torch.tensor(self.data[i])


def loader(data, batch_size=2):
    return torch.utils.data.DataLoader(Pairs(data), batch_size=batch_size)

# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Pairs(t2j.Dataset):
    def __init__(self, data):
        self.data = data  # the parameter, not the module

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return t2j.tensor(self.data[i])


def loader(data, batch_size=2):
    return t2j.DataLoader(Pairs(data), batch_size=batch_size)
