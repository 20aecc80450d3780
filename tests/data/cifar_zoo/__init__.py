# Three model files of kuangliu/pytorch-cifar (MIT, see LICENSE), commit 49b7aa97b0c12fe0d4054e670403a16b6b834ddd,
# models/ copied unchanged; tests/test_model_zoo.py converts this folder as a directory.
from .vgg import *
from .senet import *
from .lenet import *
