import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;

/** Baseline for the function cold start: the invoker's hello world, answering every request with a PONG. */
public final class HelloFunction implements HttpFunction {
    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        request.getInputStream().readAllBytes();
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":1}");
    }
}
