import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './citation.js';

ruleTester(rule, examples);
