# api: torch.nn.Module.register_buffer
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("maybe", None)
        self.lin = nn.Linear(1, 1)
m = M()
keys = list(m.state_dict().keys())
bufs = [n for n, _ in m.named_buffers()]
is_none = m.maybe is None
