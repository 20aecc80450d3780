import torch
import torch.nn as nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(4, 2)
model = model.to(device)  # on the GPU
model.to(device)
model.cuda()
criterion = nn.CrossEntropyLoss().to(device)
if torch.cuda.is_available():
    model.cuda()


def train(model, loader):
    for data, target in loader:
        data, target = data.to(device), target.to(device)
        x = data.to(device); print(x)
        data = data.to(device); target = target.to(device)
        half = data.to(device, torch.float16)
        y = data.to(device)
        model(data.to(device))
        self_net = model.to(device)

# output
import jittor as jt
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j

device = t2j.device("cuda" if t2j.cuda_is_available() else "cpu")
model = nn.Linear(4, 2)
# on the GPU
criterion = t2j.CrossEntropyLoss()
if t2j.cuda_is_available():
    pass


def train(model, loader):
    for data, target in loader:
        data, target = t2j.tensor_to(data, device), t2j.tensor_to(target, device)
        x = t2j.tensor_to(data, device); print(x)
        data = t2j.tensor_to(data, device); target = t2j.tensor_to(target, device)
        half = t2j.tensor_to(data, device, jt.float16)
        y = t2j.tensor_to(data, device)
        model(t2j.tensor_to(data, device))
        self_net = t2j.tensor_to(model, device)
