import torchvision
import torchvision.models as models
from torchvision.models.detection import fasterrcnn_resnet50_fpn
from torchvision.models.feature_extraction import create_feature_extractor

detector = fasterrcnn_resnet50_fpn(weights=None)
video = models.video.r3d_18()
extractor = create_feature_extractor(models.resnet18(), return_nodes={"layer4": "out"})
quantized = torchvision.models.quantization.resnet18(quantize=True)

from torchvision.models import *  # the names used from it convert; the import itself stays, reported
dense = densenet121(weights=None)

# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
torchvision = t2j.unsupported('torchvision')
models = t2j.unsupported('torchvision.models')
fasterrcnn_resnet50_fpn = t2j.unsupported('torchvision.models.detection.fasterrcnn_resnet50_fpn')
create_feature_extractor = t2j.unsupported('torchvision.models.feature_extraction.create_feature_extractor')

detector = fasterrcnn_resnet50_fpn(weights=None)  # torch2jittor: unsupported: torchvision.models.detection.fasterrcnn_resnet50_fpn
video = models.video.r3d_18()  # torch2jittor: unsupported: torchvision.models.video.r3d_18
extractor = create_feature_extractor(t2j.torchvision_models.resnet18(), return_nodes={"layer4": "out"})  # torch2jittor: unsupported: torchvision.models.feature_extraction.create_feature_extractor
quantized = torchvision.models.quantization.resnet18(quantize=True)  # torch2jittor: unsupported: torchvision.models.quantization.resnet18

from torchvision.models import *  # the names used from it convert; the import itself stays, reported  # torch2jittor: unsupported: torchvision.models.*
dense = t2j.torchvision_models.densenet121(weights=None)
# diagnostics
# unsupported-api 6:12 torchvision.models.detection.fasterrcnn_resnet50_fpn
# unsupported-api 7:9 torchvision.models.video.r3d_18
# unsupported-api 8:13 torchvision.models.feature_extraction.create_feature_extractor
# unsupported-api 9:13 torchvision.models.quantization.resnet18
# unsupported-api 11:1 torchvision.models.*
