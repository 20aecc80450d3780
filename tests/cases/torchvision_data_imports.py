import torch
import torchvision
from torchvision import datasets, transforms
import torchvision.transforms as T
from torchvision.ops import nms  # unsupported: bound to a stand-in that raises when used
import torchvision.utils as vutils

transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
train = datasets.MNIST("../data", train=True, download=True, transform=transform)
augment = T.Compose([T.RandomCrop(32, padding=4), T.RandomHorizontalFlip()])
keep = nms
vutils.save_image(torch.zeros(4, 1, 28, 28), "sample.png", nrow=2)
model = torchvision.models.resnet18()

# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
nms = t2j.unsupported('torchvision.ops.nms')  # unsupported: bound to a stand-in that raises when used

transform = t2j.Compose([t2j.ToTensor(), t2j.Normalize((0.1307,), (0.3081,))])
train = t2j.MNIST("../data", train=True, download=True, transform=transform)
augment = t2j.Compose([t2j.RandomCrop(32, padding=4), t2j.RandomHorizontalFlip()])
keep = nms  # torch2jittor: unsupported: torchvision.ops.nms
t2j.save_image(t2j.zeros(4, 1, 28, 28), "sample.png", nrow=2)
model = t2j.torchvision_models.resnet18()
# diagnostics
# unsupported-api 11:8 torchvision.ops.nms
