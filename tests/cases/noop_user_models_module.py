import models
from models import resnet18

net = models.__dict__["resnet18"]()
other = resnet18(pretrained=True)
