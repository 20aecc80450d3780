import torch
import torchvision
import torchvision.models as models
from torchvision import models as tv_models
from torchvision.models import resnet18, ResNet18_Weights
from torchvision.models.resnet import ResNet, BasicBlock

names = sorted(name for name in models.__dict__ if name.islower() and callable(models.__dict__[name]))
a = models.__dict__["squeezenet1_1"](pretrained=True)
b = tv_models.vgg16(weights=tv_models.VGG16_Weights.IMAGENET1K_V1).features
c = resnet18(weights="DEFAULT")
preprocess = ResNet18_Weights.IMAGENET1K_V1.transforms()
categories = ResNet18_Weights.DEFAULT.meta["categories"]
d = torchvision.models.resnet50(num_classes=10)
e = ResNet(BasicBlock, [1, 1, 1, 1], num_classes=10)
f = getattr(models, "mobilenet_v3_small")()
g = torchvision.models.get_model("resnet18", weights=None)
y = c(torch.zeros(1, 3, 224, 224))

# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j

names = sorted(name for name in t2j.torchvision_models.__dict__ if name.islower() and callable(t2j.torchvision_models.__dict__[name]))
a = t2j.torchvision_models.__dict__["squeezenet1_1"](pretrained=True)
b = t2j.torchvision_models.vgg16(weights=t2j.torchvision_models.VGG16_Weights.IMAGENET1K_V1).features
c = t2j.torchvision_models.resnet18(weights="DEFAULT")
preprocess = t2j.torchvision_models.ResNet18_Weights.IMAGENET1K_V1.transforms()
categories = t2j.torchvision_models.ResNet18_Weights.DEFAULT.meta["categories"]
d = t2j.torchvision_models.resnet50(num_classes=10)
e = t2j.torchvision_models.resnet.ResNet(t2j.torchvision_models.resnet.BasicBlock, [1, 1, 1, 1], num_classes=10)
f = t2j.torchvision_models.mobilenet_v3_small()
g = t2j.torchvision_models.get_model("resnet18", weights=None)
y = c(t2j.zeros(1, 3, 224, 224))
