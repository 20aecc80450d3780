# api: torch.nn.init.normal_
import torch
import torch.nn as nn
def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.constant_(m.weight.data, 0.02)
    elif classname.find("BatchNorm") != -1:
        nn.init.constant_(m.weight.data, 1.5)
        nn.init.constant_(m.bias.data, 0)
net = nn.Sequential(nn.ConvTranspose2d(2, 3, 2, bias=False), nn.BatchNorm2d(3), nn.ReLU(True), nn.Conv2d(3, 1, 2, bias=False))
net.apply(weights_init)
vals = [p.detach().clone() for p in net.parameters()]
out = net(torch.ones(1, 2, 3, 3))
